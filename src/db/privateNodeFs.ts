import { NodeFS } from '@electric-sql/pglite/nodefs';

type InitResult = Awaited<ReturnType<NodeFS['init']>>;
type PreRun = NonNullable<InitResult['emscriptenOpts']['preRun']>[number];
interface NodeOps {
  setattr(node: unknown, attr: { mode?: number }): void;
}

const PRIVATE = ~0o077;

/**
 * The embedded database's file system on disk, but private: the WebAssembly Postgres sets every file
 * it creates to 0666 whatever the umask, so permission changes are masked to the owner's bits.
 */
export class PrivateNodeFS extends NodeFS {
  override async init(...args: Parameters<NodeFS['init']>): Promise<InitResult> {
    const { emscriptenOpts } = await super.init(...args);
    const maskModes: PreRun = (module) => {
      const ops = (module.NODEFS as unknown as { node_ops: NodeOps }).node_ops;
      const setattr = ops.setattr.bind(ops);
      ops.setattr = (node, attr) => setattr(node, attr.mode === undefined ? attr : { ...attr, mode: attr.mode & PRIVATE });
    };
    return { emscriptenOpts: { ...emscriptenOpts, preRun: [...(emscriptenOpts.preRun ?? []), maskModes] } };
  }
}
