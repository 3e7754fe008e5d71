// The estimated wait in Spanish, as `waitSentence` gives it in English.

/** "alrededor de 12 minutos", "alrededor de 1 hora y 20 minutos", "más de 3 horas". */
function describeWaitEs(minutes: number): string {
  if (minutes > 180) return 'más de 3 horas';
  if (minutes < 60) return `alrededor de ${minutes} minuto${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  const rest = Math.round((minutes % 60) / 5) * 5;
  return `alrededor de ${hours} hora${hours === 1 ? '' : 's'}${rest ? ` y ${rest} minutos` : ''}`;
}

/** " La espera es de alrededor de 12 minutos. Es un estimado…" after a sentence giving the place; empty with no estimate. */
export const waitSentenceEs = (minutes: number | undefined): string =>
  minutes === undefined ? '' : ` La espera es de ${describeWaitEs(minutes)}. Es un estimado según lo rápido que se tomaron los casos recientes.`;
