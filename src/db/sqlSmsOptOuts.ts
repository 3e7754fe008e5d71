import { SMS_CHANNEL_ID } from '../privacy/ports.js';
import type { SmsOptOuts } from '../privacy/ports.js';
import type { Database } from './database.js';

/** Opt-outs in `sms_opt_outs`; each change is one atomic statement, so instances may race safely. */
export class SqlSmsOptOuts implements SmsOptOuts {
  constructor(
    private readonly db: Database,
    private readonly channelId: string = SMS_CHANNEL_ID,
  ) {}

  async isOptedOut(address: string): Promise<boolean> {
    const result = await this.db.query('select 1 from sms_opt_outs where channel_id = $1 and address = $2', [this.channelId, address]);
    return result.rows.length > 0;
  }

  async optOut(address: string): Promise<boolean> {
    const result = await this.db.query(
      'insert into sms_opt_outs (channel_id, address) values ($1, $2) on conflict do nothing returning address',
      [this.channelId, address],
    );
    return result.rows.length > 0;
  }

  async optIn(address: string): Promise<boolean> {
    const result = await this.db.query('delete from sms_opt_outs where channel_id = $1 and address = $2 returning address', [
      this.channelId,
      address,
    ]);
    return result.rows.length > 0;
  }
}
