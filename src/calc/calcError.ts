/** Why a calculation input was refused. */
export type CalcErrorCode =
  | 'INVALID_AMOUNT'
  | 'INVALID_DATE'
  | 'UNKNOWN_TAX_TYPE'
  | 'UNKNOWN_NOTICE_KIND'
  | 'INVALID_TERM'
  | 'INVALID_YEAR';

/** The one error the calculation module throws; its message says what is wrong and with which field. */
export class CalcError extends Error {
  override readonly name = 'CalcError';
  constructor(
    readonly code: CalcErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
