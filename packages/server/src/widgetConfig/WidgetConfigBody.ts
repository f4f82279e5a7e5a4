import type { Capabilities as ContractCapabilities, WidgetConfig } from '@parley/contract';

/**
 * Which parts of the contract this server implements. The widget hides what is `false`.
 */
export type Capabilities = ContractCapabilities;

/**
 * The JSON body of `GET /v1/widget/config`: the contract's `WidgetConfig`.
 */
export type WidgetConfigBody = WidgetConfig;
