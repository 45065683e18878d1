using System;

namespace VeniceAot.Images
{
    /// <summary>Decoding of the base64 images and data URLs Venice returns in JSON.</summary>
    internal static class ImageData
    {
        /// <summary>Decodes raw base64, or the content of a <c>data:…;base64,</c> URL.</summary>
        /// <param name="value">The base64 text or data URL.</param>
        /// <returns>The bytes.</returns>
        /// <exception cref="FormatException">The value is not base64, or a data URL that is not base64-encoded.</exception>
        public static byte[] DecodeBase64(string value)
        {
            ArgumentNullException.ThrowIfNull(value);
            ReadOnlySpan<char> text = value.AsSpan().Trim();
            if (text.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
            {
                int comma = text.IndexOf(',');
                if (comma < 0 || !text[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
                {
                    throw new FormatException("The data URL is not base64-encoded.");
                }

                text = text[(comma + 1)..];
            }

            return Convert.FromBase64String(text.ToString());
        }
    }
}
