using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using VeniceAot.Http;

namespace VeniceAot.Audio
{
    /// <summary>Reads a binary response piece by piece as it arrives (streamed speech, large downloads).</summary>
    public static class BinaryResponseChunks
    {
        /// <summary>
        /// Yields the body in the pieces the network delivers: each read that returns data becomes one chunk, so a server
        /// that flushes a sentence of audio at a time is heard a sentence at a time. Each chunk is its own array and stays
        /// valid after the next one is read. The response is not disposed; dispose it (or use
        /// <see cref="AudioClient.StreamSpeechAsync"/>, which does).
        /// </summary>
        /// <param name="response">The response to read.</param>
        /// <param name="maxChunkSize">The largest chunk to yield (default 64 KiB); bigger bursts are split.</param>
        /// <param name="cancellationToken">Stops reading.</param>
        /// <returns>The chunks, until the body ends.</returns>
        public static async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadChunksAsync(
            this BinaryResponse response,
            int maxChunkSize = 64 * 1024,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(response);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxChunkSize);
            byte[] buffer = new byte[maxChunkSize];
            while (true)
            {
                int read = await response.Content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    yield break;
                }

                yield return buffer.AsSpan(0, read).ToArray();
            }
        }
    }
}
