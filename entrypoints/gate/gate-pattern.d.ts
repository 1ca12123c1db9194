/** The gate's patterns (lib/detect/gate-patterns.ts buildGatePatterns), defined at build time. */
declare const __MPP_GATE__: import('../../lib/detect/gate-patterns').GatePatterns;
/** The reader's pivot regex template (lib/detect/pivot.ts buildPivotTemplate), defined at build time: the gate hands it to the reader. */
declare const __MPP_PIVOT_TEMPLATE__: string | null;
