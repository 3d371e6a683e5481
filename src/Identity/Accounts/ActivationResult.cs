namespace Platform.Identity.Accounts;

/// <summary>What <see cref="AccountActivation"/> made of an activation form.</summary>
public enum ActivationResult { Activated, InvalidCode, PasswordTooShort, PasswordTooLong, PasswordsDiffer }
