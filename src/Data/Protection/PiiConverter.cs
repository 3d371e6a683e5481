using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Data.Protection;

/// <summary>A personal-data column: encrypted on the way in, decrypted on the way out (<see cref="PiiCipher"/>).</summary>
internal sealed class PiiConverter() : ValueConverter<string, string>(v => PiiCipher.Protect(v), v => PiiCipher.Unprotect(v));
