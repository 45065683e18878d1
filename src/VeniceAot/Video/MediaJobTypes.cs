using System;

namespace VeniceAot
{
    /// <summary>The JSON status answer of an audio or video <c>retrieve</c>, as the job runner reads it.</summary>
    internal interface IMediaJobStatus
    {
        /// <summary>The status wire value (<c>PROCESSING</c>, <c>COMPLETED</c>, …).</summary>
        string? Status { get; }

        /// <summary>The typical (P80) run time, in milliseconds.</summary>
        double? AverageExecutionTime { get; }

        /// <summary>How long the job has run, in milliseconds.</summary>
        double? ExecutionDuration { get; }
    }

    /// <summary>Where a long audio or video job stands, as reported through <see cref="MediaJobProgress"/>.</summary>
    public enum MediaJobState
    {
        /// <summary>Asking for the price (<c>quote</c>).</summary>
        Quoting,

        /// <summary>The job was accepted (<c>queue</c>); <see cref="MediaJobProgress.QueueId"/> is known from here on.</summary>
        Queued,

        /// <summary><c>retrieve</c> said the job is still running; the next poll is scheduled.</summary>
        Processing,

        /// <summary>The media is being downloaded.</summary>
        Downloading,

        /// <summary>The media is saved; <c>complete</c> is deleting it from Venice's storage.</summary>
        Completing,

        /// <summary>Done: the media is saved (and cleaned up as configured).</summary>
        Completed,
    }

    /// <summary>What to do with the media on Venice's storage once it has been downloaded.</summary>
    public enum MediaJobCleanup
    {
        /// <summary>Call <c>complete</c> after a successful download (the default).</summary>
        Complete,

        /// <summary>Send <c>delete_media_on_completion: true</c> with <c>retrieve</c>, so the server deletes it when it hands it out.</summary>
        DeleteOnRetrieve,

        /// <summary>Leave it (call <c>complete</c> yourself later).</summary>
        Keep,
    }

    /// <summary>A progress report of a long audio or video job.</summary>
    /// <param name="State">Where the job stands.</param>
    /// <param name="Elapsed">Time since the call started.</param>
    /// <param name="EstimatedTotal">Venice's typical (P80) run time of such jobs, once a status answer has given it.</param>
    /// <param name="QueueId">The job id, once queued.</param>
    public sealed record MediaJobProgress(MediaJobState State, TimeSpan Elapsed, TimeSpan? EstimatedTotal, string? QueueId);

    /// <summary>How a long audio or video job is run: quoting, polling, the overall deadline and cleanup.</summary>
    public sealed record MediaJobOptions
    {
        /// <summary>Ask for the price before queueing; the result carries it in <see cref="MediaJobResult.Quote"/>.</summary>
        public bool Quote { get; init; }

        /// <summary>
        /// Quote first and refuse to queue when the price (USD) is higher: <see cref="MediaJobQuoteExceededException"/> is
        /// thrown and nothing is spent.
        /// </summary>
        public decimal? MaxQuote { get; init; }

        /// <summary>
        /// The shortest wait between two <c>retrieve</c> calls (default 2 s). The wait is Venice's expected remaining time
        /// (<c>average_execution_time</c> − <c>execution_duration</c>), clamped to <see cref="MinPollInterval"/> and
        /// <see cref="MaxPollInterval"/>; without those numbers, or once the job runs over, it is the minimum.
        /// </summary>
        public TimeSpan MinPollInterval { get; init; } = TimeSpan.FromSeconds(2);

        /// <summary>The longest wait between two <c>retrieve</c> calls (default 30 s).</summary>
        public TimeSpan MaxPollInterval { get; init; } = TimeSpan.FromSeconds(30);

        /// <summary>
        /// How long the whole job may take, polling included (default 1 hour); when it elapses a
        /// <see cref="VeniceTimeoutException"/> is thrown. <see cref="System.Threading.Timeout.InfiniteTimeSpan"/> for none.
        /// </summary>
        public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(1);

        /// <summary>What to do with the media on Venice's storage after the download (default: call <c>complete</c>).</summary>
        public MediaJobCleanup Cleanup { get; init; } = MediaJobCleanup.Complete;

        /// <summary>When saving to a file, replace an existing one (otherwise an existing file is an error before anything is queued).</summary>
        public bool Overwrite { get; init; }

        /// <summary>The clock the waits and the deadline run on; tests pass a fake one. Defaults to <see cref="TimeProvider.System"/>.</summary>
        public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

        internal void Validate()
        {
            if (MinPollInterval <= TimeSpan.Zero || MaxPollInterval < MinPollInterval)
            {
                throw new ArgumentException("MediaJobOptions: MinPollInterval must be positive and MaxPollInterval at least MinPollInterval.");
            }

            if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
            {
                throw new ArgumentException("MediaJobOptions.Timeout must be positive, or Timeout.InfiniteTimeSpan for none.");
            }

            if (MaxQuote < 0)
            {
                throw new ArgumentException("MediaJobOptions.MaxQuote must not be negative.");
            }

            ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        }
    }

    /// <summary>What a finished long job produced.</summary>
    public sealed record MediaJobResult
    {
        /// <summary>The model the job ran on.</summary>
        public required string Model { get; init; }

        /// <summary>The job id.</summary>
        public required string QueueId { get; init; }

        /// <summary>The price quoted before queueing (USD), when a quote was asked for.</summary>
        public decimal? Quote { get; init; }

        /// <summary>The media type of the download, e.g. <c>video/mp4</c> or <c>audio/mpeg</c>.</summary>
        public required string ContentType { get; init; }

        /// <summary>The number of bytes saved.</summary>
        public required long BytesWritten { get; init; }

        /// <summary>Time from the call's start to the end of the download.</summary>
        public required TimeSpan Elapsed { get; init; }

        /// <summary>
        /// Whether the media is gone from Venice's storage: <c>complete</c> reported success, or the retrieve deleted it.
        /// False when <see cref="MediaJobCleanup.Keep"/> was chosen or cleanup failed.
        /// </summary>
        public bool CleanedUp { get; init; }

        /// <summary>
        /// The error of a failed <c>complete</c> call. The media was saved all the same, so the job does not fail for it;
        /// call complete again later.
        /// </summary>
        public VeniceApiException? CleanupError { get; init; }
    }

    /// <summary>The quote was above <see cref="MediaJobOptions.MaxQuote"/>, so the job was not queued.</summary>
    public sealed class MediaJobQuoteExceededException : VeniceException
    {
        /// <summary>Creates the exception.</summary>
        /// <param name="quote">The price Venice quoted (USD).</param>
        /// <param name="maxQuote">The configured limit (USD).</param>
        public MediaJobQuoteExceededException(decimal quote, decimal maxQuote)
            : base(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"Venice quoted {quote} USD for this job, above MediaJobOptions.MaxQuote ({maxQuote} USD); it was not queued. Raise MaxQuote or choose a cheaper duration, resolution or model."))
        {
            Quote = quote;
            MaxQuote = maxQuote;
        }

        /// <summary>The price Venice quoted (USD).</summary>
        public decimal Quote { get; }

        /// <summary>The configured limit (USD).</summary>
        public decimal MaxQuote { get; }
    }
}
