import type { PromptChoice } from './choicePromptOptions.js';

// Yes / No / Not sure in Spanish; the English words work too.

export const CHOOSE_ONE_ES = 'Por favor, elija una de estas opciones.';

const SI: PromptChoice = { value: 'Sí', synonyms: ['si', 's', 'claro', 'correcto', 'asi es', 'yes', 'y'] };
const NO: PromptChoice = { value: 'No', synonyms: ['n', 'todavia no', 'nunca', 'no todavia'] };
const NO_SE: PromptChoice = { value: 'No estoy seguro', synonyms: ['no se', 'no sé', 'no estoy segura', 'tal vez', 'quizas', 'quizás', 'not sure'] };

export const yesNoEs: readonly PromptChoice[] = [SI, NO];
export const yesNoNotSureEs: readonly PromptChoice[] = [SI, NO, NO_SE];
