// English copy of the account-type chooser (S15). Loaded with the screens that show it (src/app/steps.ts,
// src/app/routes.tsx); nl-chooser.ts has the same keys.
export const enChooser = {
  chooser: {
    heading: "Which account do you want to use?",
    body: "It looks like {{email}} is used with more than one account from Microsoft.",
    work: "Work or school account",
    workHelp: "Created by your IT department",
    personal: "Personal account",
    personalHelp: "Created by you",
  },
};

export type ChooserMessages = typeof enChooser;
