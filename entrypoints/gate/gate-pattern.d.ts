/** The gate's pattern (lib/detect/gate-patterns.ts buildGatePattern), defined at build time. */
declare const __MPP_GATE__: import('../../lib/detect/gate-pattern').GateSpec;
/** The reader's pivot regex template (lib/detect/pivot.ts buildPivotTemplate), defined at build time for the reader's script. */
declare const __MPP_PIVOT_TEMPLATE__: import('../../lib/detect/pivot-template').PivotTemplate | null;
