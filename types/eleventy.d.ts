// Eleventy 3 ships no TypeScript types: this declares the small surface the
// project uses (programmatic runs, the config API calls in src/eleventy/).

declare module "@11ty/eleventy" {
  export interface EleventyTemplate<Data = Record<string, unknown>> {
    data?: Record<string, unknown> | (() => Record<string, unknown>);
    render(data: Data): string | Promise<string>;
  }

  export interface UserConfig {
    addGlobalData(name: string, value: unknown): void;
    addPlugin(plugin: (config: UserConfig) => void | Promise<void>): void;
    addTemplate(virtualPath: string, content: EleventyTemplate<any>, data?: Record<string, unknown>): void;
    addPassthroughCopy(mapping: string | Record<string, string>): void;
    addWatchTarget(path: string): void;
    addLayoutAlias(alias: string, path: string): void;
    addTemplateFormats(formats: string | string[]): void;
    /** The project's folders as Eleventy resolved them, e.g. "./pages/"; available to plugins. */
    readonly directories: { readonly input: string; readonly includes: string; readonly data: string; readonly output: string };
    setTemplateFormats(formats: string[]): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    setUseGitIgnore(use: boolean): void;
    setUseTemplateCache(use: boolean): void;
    ignores: { add(glob: string): void };
    on(event: "eleventy.before" | "eleventy.after", handler: (...args: unknown[]) => unknown): void;
    /** Before a rebuild in watch mode, with the changed files. */
    on(event: "eleventy.beforeWatch", handler: (changedFiles: string[]) => unknown): void;
  }

  export interface EleventyOptions {
    configPath?: string;
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
    pathPrefix?: string;
    config?: (config: UserConfig) => void | Promise<void>;
  }

  export interface WrittenPage {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
  }

  export default class Eleventy {
    constructor(input: string | undefined, output: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<[unknown[], WrittenPage[]]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
  }
}
