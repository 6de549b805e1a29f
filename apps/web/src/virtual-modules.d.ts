/** Written by build/baked-id-raster-plugin.ts. */
declare module "virtual:baked-id-raster" {
  export const BAKED_ID_RASTER: { url: string; width: number; height: number; count: number };
}
