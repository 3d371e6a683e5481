namespace Platform.Identity; internal static class Placeholder {}
