import type { Language } from '../lib/language.js';

/** Dates as people read them, in English or in Spanish. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const DAYS_ES = ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'];

/**
 * 2020-04-17 → April 17, 2020 (with the weekday: Friday, April 17, 2020); in Spanish 17 de abril de
 * 2020 (viernes, 17 de abril de 2020).
 */
export function longDate(isoDate: string, withWeekday = false, language: Language = 'en'): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  if (language === 'es') {
    const text = `${day} de ${MONTHS_ES[month - 1]} de ${year}`;
    return withWeekday ? `${DAYS_ES[weekday]}, ${text}` : text;
  }
  const text = `${MONTHS[month - 1]} ${day}, ${year}`;
  return withWeekday ? `${DAYS[weekday]}, ${text}` : text;
}

/** 2025-06-01 → June 2025; in Spanish junio de 2025. */
export function monthAndYear(isoDate: string, language: Language = 'en'): string {
  const [year = 0, month = 1] = isoDate.split('-').map(Number);
  return language === 'es' ? `${MONTHS_ES[month - 1]} de ${year}` : `${MONTHS[month - 1]} ${year}`;
}

