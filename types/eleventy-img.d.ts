// The parts of @11ty/eleventy-img 6 the build uses; the package ships no types.

declare module "@11ty/eleventy-img" {
  export interface ImageStat {
    readonly format: string;
    readonly width: number;
    readonly height: number;
    readonly url: string;
    readonly filename?: string;
    readonly outputPath?: string;
    readonly size?: number;
  }

  export interface ImageOptions {
    readonly widths?: readonly (number | "auto")[];
    readonly formats?: readonly string[];
    readonly outputDir?: string;
    readonly urlPath?: string;
    readonly filenameFormat?: (id: string, src: string, width: number, format: string) => string;
    readonly useCache?: boolean;
    readonly failOnError?: boolean;
    readonly sharpWebpOptions?: Readonly<Record<string, unknown>>;
    readonly sharpJpegOptions?: Readonly<Record<string, unknown>>;
    readonly sharpPngOptions?: Readonly<Record<string, unknown>>;
  }

  export interface ImageDimensions {
    readonly width?: number;
    readonly height?: number;
    readonly type?: string;
    readonly orientation?: number;
  }

  interface EleventyImage {
    (src: string, options?: ImageOptions): Promise<Readonly<Record<string, readonly ImageStat[]>>>;
    concurrency: number;
    /** image-size: the dimensions in a file's header. */
    ImageSize(input: Uint8Array | string): ImageDimensions;
    readonly Image: {
      getValidWidths(originalWidth: number, widths: readonly number[], allowUpscale?: boolean, minimumThreshold?: number): number[];
    };
  }

  const image: EleventyImage;
  export default image;
}
