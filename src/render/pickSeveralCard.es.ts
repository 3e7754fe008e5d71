import type { PickSeveralTexts } from './pickSeveralCard.js';

// The check-box card's own words in Spanish.

export const pickSeveralTextsEs: PickSeveralTexts = { instruction: 'Marque todas las que tenga y luego elija Listo.', done: 'Listo' };
