import { callDrsSentenceEs } from '../src/kb/contacts.es.js';
import type { CalculatorPromptTexts } from './calculatorPrompts.js';

// What the calculators' prompts say in Spanish when an answer is not what they asked for.

export const calculatorPromptsEs: CalculatorPromptTexts = {
  amountRetry: 'Por favor, escriba un monto como 1,250.00.',
  amountWhereToFind:
    `Los montos están en su aviso de saldo pendiente: el impuesto aparece aparte de la multa y los intereses. Si no tiene el aviso, ${callDrsSentenceEs}. ` +
    'Escriba el monto como 1,250.00, o escriba "salir" para parar.',
  dateRetry: 'Por favor, escriba una fecha como 15 de abril de 2025 (o "hoy").',
  monthsRetry: 'Por favor, escriba un número de meses del 2 al 12.',
};
