/** The channel id of SMS, the one channel whose numbers can opt out. */
export const SMS_CHANNEL_ID = 'sms';

/** Numbers that replied STOP, shared by every instance of the assistant. */
export interface SmsOptOuts {
  isOptedOut(address: string): Promise<boolean>;
  /** Records the opt-out; true when the number was not opted out already. */
  optOut(address: string): Promise<boolean>;
  /** Removes the opt-out; true when the number was opted out. */
  optIn(address: string): Promise<boolean>;
}
