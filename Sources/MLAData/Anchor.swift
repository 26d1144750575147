// This target's path is the package root, so SwiftPM re-plans (and re-runs EmbedPlugin)
// whenever a file is added to or removed from Templates/ or Locales/.
public enum MLAData {}
