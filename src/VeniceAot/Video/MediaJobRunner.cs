using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot
{
    /// <summary>The calls one kind of long job (audio or video) is made of.</summary>
    /// <typeparam name="TStatus">The JSON status answer of its <c>retrieve</c>.</typeparam>
    internal sealed class MediaJobSteps<TStatus>
        where TStatus : IMediaJobStatus
    {
        /// <summary>Prices the job.</summary>
        public required Func<CancellationToken, Task<decimal>> Quote { get; init; }

        /// <summary>Queues the job: the model, the queue id and an optional pre-signed download URL.</summary>
        public required Func<CancellationToken, Task<(string? Model, string? QueueId, string? DownloadUrl)>> Queue { get; init; }

        /// <summary>Retrieves status or media: model, queue id, delete-on-completion.</summary>
        public required Func<string, string, bool, CancellationToken, Task<MediaResponse<TStatus>>> Retrieve { get; init; }

        /// <summary>Deletes the media: model, queue id; answers success.</summary>
        public required Func<string, string, CancellationToken, Task<bool>> Complete { get; init; }

        /// <summary>Fetches a pre-signed URL (without credentials).</summary>
        public required Func<Uri, CancellationToken, Task<BinaryResponse>> Download { get; init; }
    }

    /// <summary>Runs quote → queue → poll retrieve → download → complete, reporting progress and honouring cancellation at every wait.</summary>
    internal static class MediaJobRunner
    {
        /// <summary>Saves the media to a file atomically (checked for an existing file before anything is queued).</summary>
        public static async Task<MediaJobResult> RunToFileAsync<TStatus>(
            MediaJobSteps<TStatus> steps, string path, MediaJobOptions? options, IProgress<MediaJobProgress>? progress, CancellationToken cancellationToken)
            where TStatus : IMediaJobStatus
        {
            ArgumentException.ThrowIfNullOrEmpty(path);
            options ??= new MediaJobOptions();
            string fullPath = Path.GetFullPath(path);
            if (!options.Overwrite && File.Exists(fullPath))
            {
                throw new IOException($"'{fullPath}' already exists; choose another path or set MediaJobOptions.Overwrite.");
            }

            bool overwrite = options.Overwrite;
            return await RunAsync(steps, (media, token) => media.SaveToFileAsync(fullPath, overwrite, token), options, progress, cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Copies the media into <paramref name="destination"/> (left open).</summary>
        public static Task<MediaJobResult> RunToStreamAsync<TStatus>(
            MediaJobSteps<TStatus> steps, Stream destination, MediaJobOptions? options, IProgress<MediaJobProgress>? progress, CancellationToken cancellationToken)
            where TStatus : IMediaJobStatus
        {
            ArgumentNullException.ThrowIfNull(destination);
            if (!destination.CanWrite)
            {
                throw new ArgumentException("The destination stream is not writable.", nameof(destination));
            }

            return RunAsync(
                steps,
                async (media, token) =>
                {
                    var counting = new CountingStream(destination);
                    await media.Content.CopyToAsync(counting, token).ConfigureAwait(false);
                    await destination.FlushAsync(token).ConfigureAwait(false);
                    return counting.Written;
                },
                options ?? new MediaJobOptions(),
                progress,
                cancellationToken);
        }

        private static async Task<MediaJobResult> RunAsync<TStatus>(
            MediaJobSteps<TStatus> steps,
            Func<BinaryResponse, CancellationToken, Task<long>> save,
            MediaJobOptions options,
            IProgress<MediaJobProgress>? progress,
            CancellationToken cancellationToken)
            where TStatus : IMediaJobStatus
        {
            options.Validate();
            TimeProvider time = options.TimeProvider;
            long started = time.GetTimestamp();
            using CancellationTokenSource? deadline = options.Timeout == Timeout.InfiniteTimeSpan
                ? null
                : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            using ITimer? deadlineTimer = deadline is null ? null : time.CreateTimer(static state => ((CancellationTokenSource)state!).Cancel(), deadline, options.Timeout, Timeout.InfiniteTimeSpan);
            CancellationToken token = deadline?.Token ?? cancellationToken;
            string? queueId = null;
            TimeSpan? estimate = null;

            void Report(MediaJobState state) => progress?.Report(new MediaJobProgress(state, time.GetElapsedTime(started), estimate, queueId));

            try
            {
                decimal? quote = null;
                if (options.Quote || options.MaxQuote is not null)
                {
                    Report(MediaJobState.Quoting);
                    quote = await steps.Quote(token).ConfigureAwait(false);
                    if (options.MaxQuote is decimal max && quote > max)
                    {
                        throw new MediaJobQuoteExceededException(quote.Value, max);
                    }
                }

                (string? queuedModel, string? queuedId, string? downloadUrl) = await steps.Queue(token).ConfigureAwait(false);
                if (string.IsNullOrEmpty(queuedId) || string.IsNullOrEmpty(queuedModel))
                {
                    throw new VeniceApiException(HttpStatusCode.OK, "the queue answer had no queue_id or model, so the job cannot be followed", null, null);
                }

                queueId = queuedId;
                string model = queuedModel;
                Uri? download = ParseDownloadUrl(downloadUrl);
                Report(MediaJobState.Queued);

                // With a pre-signed URL, retrieve only reports status; deleting on retrieve could remove the file before it is fetched.
                bool deleteOnRetrieve = options.Cleanup == MediaJobCleanup.DeleteOnRetrieve && download is null;
                string contentType;
                long written;
                while (true)
                {
                    MediaResponse<TStatus> answer = await steps.Retrieve(model, queueId, deleteOnRetrieve, token).ConfigureAwait(false);
                    await using (answer.ConfigureAwait(false))
                    {
                        if (!answer.IsJson)
                        {
                            (contentType, written) = await SaveAsync(answer.Media!).ConfigureAwait(false);
                            break;
                        }

                        TStatus status = answer.Value!;
                        if (status.AverageExecutionTime is double average && average > 0)
                        {
                            estimate = TimeSpan.FromMilliseconds(average);
                        }

                        if (download is not null && string.Equals(status.Status, "COMPLETED", StringComparison.OrdinalIgnoreCase))
                        {
                            BinaryResponse fetched = await steps.Download(download, token).ConfigureAwait(false);
                            await using (fetched.ConfigureAwait(false))
                            {
                                (contentType, written) = await SaveAsync(fetched).ConfigureAwait(false);
                            }

                            break;
                        }

                        Report(MediaJobState.Processing);
                        await Task.Delay(NextPollDelay(status, options), time, token).ConfigureAwait(false);
                    }
                }

                TimeSpan elapsed = time.GetElapsedTime(started);
                bool cleanedUp = deleteOnRetrieve;
                VeniceApiException? cleanupError = null;
                if (options.Cleanup != MediaJobCleanup.Keep && !deleteOnRetrieve)
                {
                    Report(MediaJobState.Completing);
                    try
                    {
                        cleanedUp = await steps.Complete(model, queueId, token).ConfigureAwait(false);
                    }
                    catch (VeniceApiException ex)
                    {
                        cleanupError = ex;
                    }
                }

                Report(MediaJobState.Completed);
                return new MediaJobResult
                {
                    Model = model,
                    QueueId = queueId,
                    Quote = quote,
                    ContentType = contentType,
                    BytesWritten = written,
                    Elapsed = elapsed,
                    CleanedUp = cleanedUp,
                    CleanupError = cleanupError,
                };
            }
            catch (OperationCanceledException ex) when (cancellationToken.IsCancellationRequested && ex.CancellationToken != cancellationToken)
            {
                // Cancelled through the linked deadline token: report the caller's own token.
                throw new OperationCanceledException(ex.Message, ex, cancellationToken);
            }
            catch (OperationCanceledException ex) when (deadline is not null && deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new VeniceTimeoutException(
                    options.Timeout,
                    string.Create(
                        System.Globalization.CultureInfo.InvariantCulture,
                        $"The media job {queueId ?? "(not queued)"} did not finish within MediaJobOptions.Timeout ({options.Timeout.TotalSeconds:0.###} s); raise it, or retrieve the job later with its queue id."),
                    ex);
            }

            async Task<(string ContentType, long Written)> SaveAsync(BinaryResponse media)
            {
                Report(MediaJobState.Downloading);
                long bytes = await save(media, token).ConfigureAwait(false);
                return (media.ContentType, bytes);
            }
        }

        /// <summary>
        /// Venice's expected remaining time (<c>average_execution_time − execution_duration</c>, milliseconds), clamped to
        /// the configured bounds; the minimum when either is missing or the job has run over.
        /// </summary>
        internal static TimeSpan NextPollDelay(IMediaJobStatus status, MediaJobOptions options)
        {
            TimeSpan delay = options.MinPollInterval;
            if (status.AverageExecutionTime is double average && status.ExecutionDuration is double done
                && double.IsFinite(average) && double.IsFinite(done) && average > done)
            {
                double remaining = Math.Min(average - done, options.MaxPollInterval.TotalMilliseconds);
                delay = TimeSpan.FromMilliseconds(remaining);
            }

            return delay < options.MinPollInterval ? options.MinPollInterval : delay > options.MaxPollInterval ? options.MaxPollInterval : delay;
        }

        private static Uri? ParseDownloadUrl(string? downloadUrl)
        {
            if (string.IsNullOrEmpty(downloadUrl))
            {
                return null;
            }

            if (!Uri.TryCreate(downloadUrl, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                throw new VeniceApiException(HttpStatusCode.OK, $"the queue answer's download_url is not an absolute http(s) URL ('{downloadUrl}')", null, null);
            }

            return uri;
        }

        /// <summary>Creates the credential-free GET of a pre-signed download URL.</summary>
        internal static HttpRequestMessage CreateDownloadRequest(Uri uri) => new(HttpMethod.Get, uri);

        /// <summary>Counts what is written through it; leaves the inner stream open.</summary>
        private sealed class CountingStream(Stream inner) : Stream
        {
            public long Written { get; private set; }

            public override bool CanRead => false;

            public override bool CanSeek => false;

            public override bool CanWrite => true;

            public override long Length => throw new NotSupportedException();

            public override long Position
            {
                get => throw new NotSupportedException();
                set => throw new NotSupportedException();
            }

            public override void Flush() => inner.Flush();

            public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

            public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

            public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

            public override void SetLength(long value) => throw new NotSupportedException();

            public override void Write(byte[] buffer, int offset, int count)
            {
                inner.Write(buffer, offset, count);
                Written += count;
            }

            public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
            {
                await inner.WriteAsync(buffer, cancellationToken).ConfigureAwait(false);
                Written += buffer.Length;
            }

            public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
                WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
        }
    }
}
