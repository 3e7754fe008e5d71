// The footer of a Spanish "what to do next" list.

export const GOVERNS_NOTE_ES = 'Las fechas y los montos de su aviso son los que valen.';
