// A tour that is not there, or not shown to this visitor, reads as any other missing page.
export { default } from "../(public)/not-found";
