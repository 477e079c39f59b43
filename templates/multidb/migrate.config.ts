import { defineConfig } from "athanor";

// Several databases: commands run for each in order, or for one with -n NAME.
// Relative paths resolve against this file's folder.
export default defineConfig({
  databases: {
    main: {
      url: "{{url}}",
      models: "./models.ts",
      migrations: "./{{migrations}}/main",
    },
    analytics: {
      url: "{{analyticsUrl}}",
      models: "./analytics.models.ts",
      migrations: "./{{migrations}}/analytics",
    },
  },
});
