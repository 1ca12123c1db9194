/** The aliases' anchor pattern (lib/detect/prefilter.ts buildPrefilter), defined at build time. */
declare const __MPP_GATE_PATTERN__: { source: string } | null;
/** The aliases' pivot regex template (lib/detect/pivot.ts buildPivotTemplate), defined at build time: the gate's, which hands it to the reader. */
declare const __MPP_PIVOT_TEMPLATE__: string | null;
