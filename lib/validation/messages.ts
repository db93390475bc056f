import type { z } from "zod";

/**
 * The keys, in the "validation" messages namespace, that schemas and the data layer report instead of
 * English text, so each reader sees them in their own language. Numbers and choices come from the issue
 * itself ({minimum}, {maximum}, {values}); other values travel as a custom issue's `params`.
 */
export const VALIDATION_KEYS = [
  // Said by zod itself when a schema gives no message of its own.
  "required",
  "tooShort",
  "tooLong",
  "tooFew",
  "tooMany",
  "tooSmall",
  "tooLarge",
  "wrongType",
  "invalidOption",
  "invalidUrl",
  "invalidEmail",
  "invalidDate",
  "invalidFormat",
  "invalid",
  // Entries, articles, links and sources.
  "slugTooShort",
  "slugFormat",
  "slugReserved",
  "publishedByCurators",
  "dateNotReadable",
  "titleRequired",
  "titleInOneLanguage",
  "textInOneLanguage",
  "titleForText",
  "entryKind",
  "latitudeNumber",
  "latitudeMin",
  "latitudeMax",
  "longitudeNumber",
  "longitudeMin",
  "longitudeMax",
  "coordinatesBoth",
  "countryCode",
  "sourceLanguage",
  "wikidataId",
  "notComparableToSelf",
  "notLinkedToSelf",
  "notRelatedToSelf",
  "linkTwice",
  "linksTooMany",
  "linkType",
  "linkTarget",
  "noteTooLong",
  "citationsTooMany",
  "citationTwice",
  "citationField",
  "citationSource",
  "sourceTitle",
  "newSourceTitle",
  "webAddress",
  "isoDate",
  "articleLanguage",
  "mentionTwice",
  "searchEmpty",
  // Any free text (lib/validation/safe-text.ts).
  "textControlCharacters",
  "textInvisibleOnly",
  // Accounts.
  "passwordTooShort",
  "passwordTooLong",
  "email",
  "name",
  "role",
  // Images.
  "captionText",
  "captionTooLong",
  "altTextText",
  "altTextTooLong",
  "captionLanguages",
  "captionWithAltText",
  "captionInOneLanguage",
  "invalidId",
  "creditRequired",
  "creditTooLong",
  "licenceRequired",
  "licenceTooLong",
  "sourceUrlText",
  "sourceUrlTooLong",
  "sourceUrl",
  "imageOwner",
  "imageOwnerBoth",
  // A file the upload refuses (lib/media/process-image.ts and the upload route), with what it found.
  "imageEmpty",
  "imageMissing",
  "imageTooLarge",
  "uploadTooLarge",
  "imageNotAnImage",
  "imageOtherFile",
  "imageSvg",
  "imageTypeRefused",
  "imageDamaged",
  "imageIncomplete",
  "imageNoDimensions",
  "imageTooManyPixels",
  // An import file's encoding and the mapping of its columns (lib/validation/import-upload.ts, lib/import/).
  "importLooksWindows1251",
  "importLooksUtf8",
  "mappingNotJson",
  "mappingColumnTwice",
  "mappingTitleRequired",
  "mappingNoSuchColumn",
  // Refusals by the data layer, after the schema passed.
  "slugTaken",
  "noEntry",
  "noMentionedEntry",
  "noSource",
  "entryGone",
  "articleGone",
  "tourGone",
  "noArticle",
  "imageGone",
  "accountExists",
  // The database could not take the write now; nothing was saved.
  "databaseBusy",
  "databaseDown",
  // Refusals of the person rather than the input.
  "signInAgain",
  "roleRefused",
] as const;

export type ValidationKey = (typeof VALIDATION_KEYS)[number];
export type MessageParams = Record<string, string | number>;

/** What a schema or the data layer says, for a reader's translator to put into words. */
export interface LocalizedMessage {
  key: ValidationKey;
  params?: MessageParams;
}

/** next-intl's translator for the "validation" namespace, on the server or in the browser. */
export type ValidationTranslate = (key: ValidationKey, params?: MessageParams) => string;

const KEYS: ReadonlySet<string> = new Set(VALIDATION_KEYS);

/** A message key for a schema's `message`/`error` option, checked by the compiler. */
export function key(name: ValidationKey): ValidationKey {
  return name;
}

export function isValidationKey(text: string): text is ValidationKey {
  return KEYS.has(text);
}

type Issue = z.core.$ZodIssue;

/** The numbers and values an issue's message may name. */
function issueParams(issue: Issue): MessageParams {
  const params: MessageParams = {};
  if ("minimum" in issue) params.minimum = Number(issue.minimum);
  if ("maximum" in issue) params.maximum = Number(issue.maximum);
  if (issue.code === "invalid_value") params.values = issue.values.map(String).join(", ");
  if (issue.code === "custom" && issue.params) {
    for (const [name, value] of Object.entries(issue.params))
      if (typeof value === "string" || typeof value === "number") params[name] = value;
  }
  return params;
}

/** zod's own issue, one it says in English when the schema gave no message, as one of ours. */
function builtInKey(issue: Issue): ValidationKey {
  switch (issue.code) {
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) === 1 ? "required" : "tooShort";
      return issue.origin === "array" || issue.origin === "set" ? "tooFew" : "tooSmall";
    case "too_big":
      if (issue.origin === "string") return "tooLong";
      return issue.origin === "array" || issue.origin === "set" ? "tooMany" : "tooLarge";
    case "invalid_type":
      return "wrongType";
    case "invalid_value":
      return "invalidOption";
    case "invalid_format":
      if (issue.format === "url") return "invalidUrl";
      if (issue.format === "email") return "invalidEmail";
      return issue.format === "date" || issue.format === "datetime" ? "invalidDate" : "invalidFormat";
    default:
      return "invalid";
  }
}

/**
 * An issue in the reader's language: our key translated with the issue's numbers and values; zod's own
 * English for a rule the schema gave no message translated by what went wrong. Text that is neither
 * (a refinement's own words) is shown as it is.
 */
export function issueText(issue: Issue, t: ValidationTranslate): string {
  if (isValidationKey(issue.message)) return t(issue.message, issueParams(issue));
  if (issue.code === "custom") return issue.message;
  return t(builtInKey(issue), issueParams(issue));
}

/** An issue as the APIs say it, in English: only our keys are put into words; zod's own English stays. */
export function keyedIssueText(issue: Issue, t: ValidationTranslate): string {
  return isValidationKey(issue.message) ? t(issue.message, issueParams(issue)) : issue.message;
}

/** A data-layer refusal in the reader's language when it carries a key, else its own text. */
export function refusalText(refusal: { message: string; localized?: LocalizedMessage }, t: ValidationTranslate): string {
  return refusal.localized ? t(refusal.localized.key, refusal.localized.params) : refusal.message;
}
