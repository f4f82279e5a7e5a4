export type { ParleyWidgetProps } from './ParleyWidget';
export { ParleyWidget } from './ParleyWidget';
