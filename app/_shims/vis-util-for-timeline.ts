/**
 * What vis-timeline and vis-data use of vis-util, for next.config.js to give them in place of the
 * whole of it. vis-timeline spreads vis-util's namespace into its helpers object, which keeps every
 * export, among them vis-util's own colour picker, configurator and validator, which vis-timeline
 * never calls: it bundles its own copies. tests/unit/bundle-vis-util-subset.test.ts checks this list
 * against what the installed vis-timeline and vis-data use.
 */
export {
  addClassName,
  addCssText,
  binarySearchCustom,
  binarySearchValue,
  bridgeObject,
  copyAndExtendArray,
  copyArray,
  DELETE,
  deepExtend,
  easingFunctions,
  equalArray,
  extend,
  forEach,
  getAbsoluteLeft,
  getAbsoluteTop,
  getScrollBarWidth,
  getTarget,
  getType,
  HSVToRGB,
  hasParent,
  hexToRGB,
  insertSort,
  isNumber,
  isString,
  isValidHex,
  isValidRGB,
  isValidRGBA,
  mergeOptions,
  option,
  preventDefault,
  pureDeepObjectAssign,
  RGBToHSV,
  removeClassName,
  removeCssText,
  selectiveBridgeObject,
  selectiveDeepExtend,
  selectiveExtend,
  throttle,
  toArray,
  updateProperty,
} from "vis-util/esnext/esm/vis-util.mjs";
