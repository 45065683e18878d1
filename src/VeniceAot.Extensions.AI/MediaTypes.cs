using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Extensions.AI
{
    /// <summary>Media-type helpers shared by the image and audio adapters.</summary>
    internal static class MediaTypes
    {
        /// <summary>The media type of image bytes by their signature; null when unknown.</summary>
        public static string? SniffImage(ReadOnlySpan<byte> bytes)
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]))
            {
                return "image/png";
            }

            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
            {
                return "image/jpeg";
            }

            if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
            {
                return "image/webp";
            }

            return null;
        }

        /// <summary>The subtype of a media type (<c>image/png</c> → <c>png</c>), or the value itself when it has no slash.</summary>
        public static string Subtype(string mediaType)
        {
            string subtype = mediaType[(mediaType.IndexOf('/', StringComparison.Ordinal) + 1)..];
            int parameters = subtype.IndexOf(';', StringComparison.Ordinal);
            return (parameters >= 0 ? subtype[..parameters] : subtype).Trim().ToLowerInvariant();
        }

        /// <summary>The media type of a response without its parameters.</summary>
        public static string Bare(string contentType)
        {
            int parameters = contentType.IndexOf(';', StringComparison.Ordinal);
            return (parameters >= 0 ? contentType[..parameters] : contentType).Trim();
        }

        /// <summary>Reads a binary response to the end.</summary>
        public static async Task<byte[]> ReadAllAsync(BinaryResponse response, CancellationToken cancellationToken)
        {
            using var buffer = new MemoryStream();
            await response.Content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
            return buffer.ToArray();
        }
    }
}
