/** The gate's pattern (lib/detect/gate-patterns.ts buildGatePattern), defined at build time. */
declare const __MPP_GATE__: import('../../lib/detect/gate-pattern').GateSpec;
