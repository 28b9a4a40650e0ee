/** ISO 8601 durations as Logic Apps accepts them (`PT10S`, `P1D`, `PT1H30M`). */
export const isDuration = (s: string): boolean =>
  /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(s);
