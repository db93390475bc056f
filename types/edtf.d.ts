// edtf ships no type declarations; these cover the calls this project makes.
declare module "edtf" {
  interface EdtfValue {
    readonly type: string;
    readonly min: number;
    readonly max: number;
  }
  export function parse(input: string): unknown;
  export default function edtf(input: string): EdtfValue;
}
