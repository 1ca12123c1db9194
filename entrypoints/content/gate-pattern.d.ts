/** The aliases' anchor pattern (lib/detect/prefilter.ts buildPrefilter), defined at build time. */
declare const __MPP_GATE_PATTERN__: { source: string } | null;
/** The aliases' pivot regex source (lib/detect/pivot.ts buildPivotSource), defined at build time (reader-core, gate-pivot). */
declare const __MPP_PIVOT_SOURCE__: string | null;
