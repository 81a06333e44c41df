/**
 * Stand-in for office-addin-manifest under Jest (mapped in jest.config.js). office-addin-mock only
 * needs the OfficeApp enum from it, and the real package pulls in ESM-only dependencies (strip-bom,
 * uuid) that Jest 30's CommonJS runtime cannot load on Node 20.
 */
"use strict";

const OfficeApp = Object.freeze({
  Excel: "excel",
  OneNote: "onenote",
  Outlook: "outlook",
  PowerPoint: "powerpoint",
  Project: "project",
  Word: "word",
});

module.exports = { OfficeApp };
