using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Mizan.Data.Accounts;

/// <summary>
/// Password hashes: PBKDF2 with HMAC-SHA256 (RFC 8018) through <see cref="Rfc2898DeriveBytes.Pbkdf2(byte[], byte[], int, HashAlgorithmName, int)"/>,
/// a 16-byte random salt and 600,000 iterations (OWASP Password Storage Cheat Sheet, 2023). The iteration count is
/// stored with the hash, so it can be raised later without invalidating existing passwords.
/// </summary>
public static class PasswordHashing
{
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    /// <summary>Iterations for new hashes.</summary>
    public const int Iterations = 600_000;

    /// <summary>The stored form of <paramref name="password"/>.</summary>
    public static string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        byte[] salt = RandomNumberGenerator.GetBytes(SaltBytes);
        byte[] hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>Whether <paramref name="password"/> matches <paramref name="stored"/> (compared in constant time).</summary>
    public static bool Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        string[] parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int iterations) || iterations < 1)
        {
            return false;
        }

        try
        {
            byte[] salt = Convert.FromBase64String(parts[2]);
            byte[] expected = Convert.FromBase64String(parts[3]);
            byte[] actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A hash of a random password: what an unknown name is checked against, so it takes as long as a real one.</summary>
    internal static string Decoy { get; } = Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
}
