import { randomBytes } from 'node:crypto';

/** 16 random bytes in base64url (with `-` for `_`): the shape of every embedded conversation id. */
const EMBEDDED_ID = /^[A-Za-z0-9-]{22}$/;

export const newConversationId = () => randomBytes(16).toString('base64url').replace(/_/g, '-');

/** True for any id the embedded channel could have made (other channels' ids rarely are). */
export const isEmbeddedConversationShape = (id: string) => EMBEDDED_ID.test(id);
