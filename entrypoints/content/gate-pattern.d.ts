/** The aliases' anchor pattern (lib/detect/prefilter.ts buildPrefilter), defined at build time. */
declare const __MPP_GATE_PATTERN__: { source: string } | null;
