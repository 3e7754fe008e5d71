import type { WaterfallStepContext } from 'botbuilder-dialogs';
import type { ZodType } from 'zod';

/**
 * What a waterfall keeps between its own steps, typed by the dialog that owns it. Every key is
 * optional: the first step starts with none.
 */
export function stepValues<Values extends object>(step: WaterfallStepContext): Partial<Values> {
  // The one narrowing point for `step.values`. The SDK types it as a bare `object`, which fits
  // any all-optional shape; it is the waterfall's private scratch object in dialog state, written
  // only by that waterfall's steps, so it holds at most the keys the dialog names in `Values`.
  return step.values;
}

/** Narrows `value` itself (no copy) to the shape `schema` describes, or throws saying what does not fit. */
function assertConforms<Shape>(schema: ZodType<Shape>, value: unknown, dialogId: string): asserts value is Shape {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Dialog "${dialogId}" was started with options it cannot use: ${parsed.error.message}`);
}

/**
 * The options a dialog was started with (by another dialog, or restored from saved state),
 * checked against the dialog's schema; no options count as `{}`. The object itself is returned,
 * not a parsed copy: the waterfall saves it with the dialog, so what a step writes into it is kept.
 */
export function dialogOptions<Options extends object>(step: WaterfallStepContext, schema: ZodType<Options>): Options {
  const options: unknown = step.options ?? {};
  assertConforms(schema, options, step.activeDialog?.id ?? 'unknown');
  return options;
}
