// The parts of nlp.js (which ships no types) that the nlp.js candidate uses.
declare module '@nlpjs/core' {
  export interface Container {
    use(plugin: unknown): void;
  }
  export function containerBootstrap(): Promise<Container>;
}

declare module '@nlpjs/nlu' {
  import type { Container } from '@nlpjs/core';
  export class NluNeural {
    constructor(settings: { container: Container; locale: string; log?: boolean; useNoneFeature?: boolean; spellCheck?: boolean });
    train(corpus: { utterance: string; intent: string }[]): Promise<unknown>;
    process(text: string): Promise<{ classifications: { intent: string; score: number }[] }>;
  }
}

declare module '@nlpjs/lang-en' {
  export class LangEn {}
}

declare module '@nlpjs/lang-es' {
  export class LangEs {}
}
