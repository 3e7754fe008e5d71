// The privacy notice in Spanish.

export const redactionNoticeEs =
  'Por su privacidad, quité de su mensaje algo que parecía un número de Seguro Social, de banco o de tarjeta. Nunca necesita escribir esos números aquí.';
