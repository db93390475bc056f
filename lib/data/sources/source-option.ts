/** One choice in the citation picker: what is submitted (the key) and what a person reads. */
export interface SourceOption {
  key: string;
  title: string;
  publisher: string | null;
  url: string | null;
}

export const SOURCE_OPTION_SELECT = { key: true, title: true, publisher: true, url: true } as const;
