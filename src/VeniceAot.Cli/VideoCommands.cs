using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Audio;
using VeniceAot.Http;
using VeniceAot.Json;
using VeniceAot.Video;

namespace VeniceAot.Cli
{
    /// <summary>
    /// The queued media jobs: <c>venice video …</c> and <c>venice music …</c>, each with quote, generate (queue, wait
    /// with progress on stderr, download to <c>-o</c>), status and download (for a job queued earlier).
    /// </summary>
    public static class VideoCommands
    {
        /// <summary>Builds the <c>video</c> command and its subcommands.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command CreateVideo(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var video = context.NewCommand("video", "Price, generate and download videos (queued jobs).", "venice video generate -m flux-3-text-to-video --duration 5s \"a paper boat in the rain\" -o boat.mp4");
            video.Add(VideoQuote(context));
            video.Add(VideoGenerate(context));
            video.Add(Status(context, "video", (client, model, id, ct) => client.Video.RetrieveAsync(model, id, null, ct), s => (s.Status?.Value, s.AverageExecutionTime, s.ExecutionDuration), VideoJsonContext.Default.VideoJobStatusResponse.Serialize(context)));
            video.Add(Download(context, "video", (client, model, id, ct) => client.Video.RetrieveAsync(model, id, null, ct), s => s.Status?.Value));
            return video;
        }

        /// <summary>Builds the <c>music</c> command and its subcommands.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command CreateMusic(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var music = context.NewCommand("music", "Price, generate and download music and long audio (queued jobs).", "venice music generate -m ace-step-15 --duration 60 \"lo-fi beat for studying\" -o beat.mp3");
            music.Add(MusicQuote(context));
            music.Add(MusicGenerate(context));
            music.Add(Status(context, "music", (client, model, id, ct) => client.Audio.RetrieveAsync(model, id, null, ct), s => (s.Status?.Value, s.AverageExecutionTime, s.ExecutionDuration), AudioJsonContext.Default.AudioJobStatusResponse.Serialize(context)));
            music.Add(Download(context, "music", (client, model, id, ct) => client.Audio.RetrieveAsync(model, id, null, ct), s => s.Status?.Value));
            return music;
        }

        private static Option<string> ModelOption(string kind) => new("--model", "-m") { Description = $"The {kind} model id (see 'venice models list --type {(kind == "video" ? "video" : "music")}').", HelpName = "model", Required = true };

        private static Option<decimal?> MaxQuoteOption() => new("--max-quote") { Description = "Ask for the price first and stop (exit 1) if it is above this many USD.", HelpName = "usd" };

        private static Option<bool> NoWaitOption() => new("--no-wait") { Description = "Queue the job, print its id and return (fetch it later with 'download')." };

        private static Option<bool> KeepOption() => new("--keep") { Description = "Leave the media on Venice's storage after download (by default it is deleted)." };

        private static Option<string> VideoDurationOption() => new("--duration") { Description = "5s or 10s (model dependent).", HelpName = "length", Required = true };

        private static Option<string> AspectRatioOption() => new("--aspect-ratio") { Description = "e.g. 16:9, 9:16, 1:1.", HelpName = "ratio" };

        private static Option<string> ResolutionOption() => new("--resolution") { Description = "e.g. 480p, 720p, 1080p.", HelpName = "res" };

        private static Option<bool> NoAudioOption() => new("--no-audio") { Description = "Ask for a silent video (for models that add audio)." };

        private static Command VideoQuote(CliContext context)
        {
            var command = context.NewCommand("quote", "Show what a video would cost (USD).", "venice video quote -m flux-3-text-to-video --duration 10s --resolution 720p");
            Option<string> model = ModelOption("video");
            Option<string> duration = VideoDurationOption();
            Option<string> aspect = AspectRatioOption();
            Option<string> resolution = ResolutionOption();
            Option<bool> noAudio = NoAudioOption();
            command.Add(model);
            command.Add(duration);
            command.Add(aspect);
            command.Add(resolution);
            command.Add(noAudio);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                var request = new QuoteVideoRequest
                {
                    Model = parse.GetRequiredValue(model),
                    Duration = VideoDuration.FromValue(parse.GetRequiredValue(duration)),
                    AspectRatio = parse.GetValue(aspect) is { Length: > 0 } a ? VideoAspectRatio.FromValue(a) : null,
                    Resolution = parse.GetValue(resolution) is { Length: > 0 } r ? VideoResolution.FromValue(r) : null,
                    Audio = parse.GetValue(noAudio) ? false : null,
                };
                VideoQuoteResponse quote = await client.Video.QuoteAsync(request, ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(quote, VideoJsonContext.Default.VideoQuoteResponse);
                }
                else
                {
                    context.Output.WriteLine(FormatUsd(quote.Quote));
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command VideoGenerate(CliContext context)
        {
            var command = context.NewCommand(
                "generate",
                "Queue a video, wait for it (progress on stderr) and save it to -o.",
                "venice video generate -m flux-3-text-to-video --duration 5s \"a paper boat in the rain\" -o boat.mp4",
                "venice video generate -m flux-3-image-to-video --duration 5s --image-url https://example.com/cat.png --max-quote 1 \"the cat waves\" -o cat.mp4");
            Option<string> model = ModelOption("video");
            Option<string> duration = VideoDurationOption();
            Option<string> aspect = AspectRatioOption();
            Option<string> resolution = ResolutionOption();
            Option<bool> noAudio = NoAudioOption();
            var negative = new Option<string>("--negative-prompt") { Description = "What the video should not contain.", HelpName = "text" };
            var imageUrl = new Option<string>("--image-url") { Description = "The first frame, for image-to-video models (a URL or data URL).", HelpName = "url" };
            Option<decimal?> maxQuote = MaxQuoteOption();
            Option<bool> noWait = NoWaitOption();
            Option<bool> keep = KeepOption();
            var prompt = new Argument<string>("prompt") { Description = "What happens in the video." };
            var file = new FileOutput("video");
            file.Output.Required = false;
            command.Add(model);
            command.Add(duration);
            command.Add(aspect);
            command.Add(resolution);
            command.Add(noAudio);
            command.Add(negative);
            command.Add(imageUrl);
            command.Add(maxQuote);
            command.Add(noWait);
            command.Add(keep);
            command.Add(prompt);
            file.AddTo(command);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                var request = new QueueVideoRequest
                {
                    Model = parse.GetRequiredValue(model),
                    Prompt = NonEmpty(parse.GetRequiredValue(prompt), "the prompt"),
                    Duration = VideoDuration.FromValue(parse.GetRequiredValue(duration)),
                    AspectRatio = parse.GetValue(aspect) is { Length: > 0 } a ? VideoAspectRatio.FromValue(a) : null,
                    Resolution = parse.GetValue(resolution) is { Length: > 0 } r ? VideoResolution.FromValue(r) : null,
                    Audio = parse.GetValue(noAudio) ? false : null,
                    NegativePrompt = parse.GetValue(negative),
                    ImageUrl = parse.GetValue(imageUrl),
                };
                if (parse.GetValue(noWait))
                {
                    QueueVideoResponse queued = await client.Video.QueueAsync(request, ct).ConfigureAwait(false);
                    return WriteQueued(context, parse, queued.Model, queued.QueueId, "video", VideoJsonContext.Default.QueueVideoResponse.Serialize(context), queued);
                }

                string path = RequireOutput(parse, file);
                return await RunJobAsync(context, parse, "video", request.Model, path, progress => client.Video.GenerateToFileAsync(request, path, JobOptions(parse, file, maxQuote, keep), progress, ct), ct).ConfigureAwait(false);
            });
            return command;
        }

        private static Command MusicQuote(CliContext context)
        {
            var command = context.NewCommand("quote", "Show what a music or audio job would cost (USD).", "venice music quote -m ace-step-15 --duration 60");
            Option<string> model = ModelOption("music");
            var duration = new Option<int?>("--duration") { Description = "Length in seconds.", HelpName = "seconds" };
            var characters = new Option<int?>("--characters") { Description = "Characters of text, for narration models priced by length.", HelpName = "n" };
            command.Add(model);
            command.Add(duration);
            command.Add(characters);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                var request = new QuoteAudioRequest
                {
                    Model = parse.GetRequiredValue(model),
                    DurationSeconds = parse.GetValue(duration) is int seconds ? (AudioDuration?)AudioDuration.FromSeconds(seconds) : null,
                    CharacterCount = parse.GetValue(characters),
                };
                AudioQuoteResponse quote = await client.Audio.QuoteAsync(request, ct).ConfigureAwait(false);
                if (context.IsJson(parse))
                {
                    context.WriteJson(quote, AudioJsonContext.Default.AudioQuoteResponse);
                }
                else
                {
                    context.Output.WriteLine(FormatUsd(quote.Quote));
                }

                return ExitCodes.Success;
            });
            return command;
        }

        private static Command MusicGenerate(CliContext context)
        {
            var command = context.NewCommand(
                "generate",
                "Queue music (or long audio), wait for it (progress on stderr) and save it to -o.",
                "venice music generate -m ace-step-15 --duration 60 \"lo-fi beat for studying\" -o beat.mp3",
                "venice music generate -m ace-step-15 --lyrics \"[verse] hello rain\" \"acoustic folk\" -o song.mp3 --force");
            Option<string> model = ModelOption("music");
            var duration = new Option<int?>("--duration") { Description = "Length in seconds (model dependent).", HelpName = "seconds" };
            var lyrics = new Option<string>("--lyrics") { Description = "Lyrics to sing.", HelpName = "text" };
            var instrumental = new Option<bool>("--instrumental") { Description = "No vocals." };
            var voice = new Option<string>("--voice") { Description = "The voice, for narration models.", HelpName = "voice" };
            Option<decimal?> maxQuote = MaxQuoteOption();
            Option<bool> noWait = NoWaitOption();
            Option<bool> keep = KeepOption();
            var prompt = new Argument<string>("prompt") { Description = "The style or text of the piece." };
            var file = new FileOutput("audio");
            file.Output.Required = false;
            command.Add(model);
            command.Add(duration);
            command.Add(lyrics);
            command.Add(instrumental);
            command.Add(voice);
            command.Add(maxQuote);
            command.Add(noWait);
            command.Add(keep);
            command.Add(prompt);
            file.AddTo(command);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                var request = new QueueAudioRequest
                {
                    Model = parse.GetRequiredValue(model),
                    Prompt = NonEmpty(parse.GetRequiredValue(prompt), "the prompt"),
                    DurationSeconds = parse.GetValue(duration) is int seconds ? (AudioDuration?)AudioDuration.FromSeconds(seconds) : null,
                    LyricsPrompt = parse.GetValue(lyrics),
                    ForceInstrumental = parse.GetValue(instrumental) ? true : null,
                    Voice = parse.GetValue(voice),
                };
                if (parse.GetValue(noWait))
                {
                    QueueAudioResponse queued = await client.Audio.QueueAsync(request, ct).ConfigureAwait(false);
                    return WriteQueued(context, parse, queued.Model, queued.QueueId, "music", AudioJsonContext.Default.QueueAudioResponse.Serialize(context), queued);
                }

                string path = RequireOutput(parse, file);
                return await RunJobAsync(context, parse, "music", request.Model, path, progress => client.Audio.GenerateToFileAsync(request, path, JobOptions(parse, file, maxQuote, keep), progress, ct), ct).ConfigureAwait(false);
            });
            return command;
        }

        /// <summary>Runs a whole job with a progress display, reports the saved file, and on Ctrl-C says how to resume.</summary>
        private static async Task<int> RunJobAsync(CliContext context, ParseResult parse, string group, string model, string path, Func<JobProgress, Task<MediaJobResult>> run, CancellationToken ct)
        {
            var progress = new JobProgress(context.Error, JobProgress.IsTerminal(context.Error));
            try
            {
                MediaJobResult result = await run(progress).ConfigureAwait(false);
                progress.Finish();
                return ReportJob(context, parse, path, result);
            }
            catch (Exception)
            {
                // End the in-place progress line so the error starts on its own line.
                progress.Finish();
                if (ct.IsCancellationRequested)
                {
                    WriteResumeHint(context, group, model, progress.QueueId);
                }

                throw;
            }
        }

        private delegate Task<MediaResponse<T>> Retrieve<T>(VeniceClient client, string model, string queueId, CancellationToken cancellationToken);

        private static Command Status<T>(CliContext context, string group, Retrieve<T> retrieve, Func<T, (string? Status, double? Average, double? Duration)> read, Action<T> writeJson)
        {
            var command = context.NewCommand("status", $"Show where a queued {group} job stands.", $"venice {group} status -m <model> <queue-id>");
            Option<string> model = ModelOption(group);
            var id = new Argument<string>("queue-id") { Description = "The job id printed when it was queued." };
            command.Add(model);
            command.Add(id);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                using MediaResponse<T> response = await retrieve(client, parse.GetRequiredValue(model), parse.GetRequiredValue(id), ct).ConfigureAwait(false);
                if (response.Media is BinaryResponse media)
                {
                    context.Output.WriteLine($"COMPLETED: ready to download ({media.ContentType}); run 'venice {group} download'.");
                    return ExitCodes.Success;
                }

                T status = response.Value!;
                if (context.IsJson(parse))
                {
                    writeJson(status);
                    return ExitCodes.Success;
                }

                (string? state, double? average, double? duration) = read(status);
                string line = state ?? "UNKNOWN";
                if (duration is double ran)
                {
                    line += $", running {TimeSpan.FromMilliseconds(ran):mm\\:ss}";
                }

                if (average is double typical && typical > 0)
                {
                    line += $", typically {TimeSpan.FromMilliseconds(typical):mm\\:ss}";
                }

                context.Output.WriteLine(line);
                return ExitCodes.Success;
            });
            return command;
        }

        private static Command Download<T>(CliContext context, string group, Retrieve<T> retrieve, Func<T, string?> read)
        {
            var command = context.NewCommand("download", $"Save a finished {group} job's media to -o.", $"venice {group} download -m <model> <queue-id> -o out.{(group == "video" ? "mp4" : "mp3")}");
            Option<string> model = ModelOption(group);
            var id = new Argument<string>("queue-id") { Description = "The job id printed when it was queued." };
            var file = new FileOutput(group);
            command.Add(model);
            command.Add(id);
            file.AddTo(command);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string path = file.CheckTarget(parse);
                using MediaResponse<T> response = await retrieve(client, parse.GetRequiredValue(model), parse.GetRequiredValue(id), ct).ConfigureAwait(false);
                if (response.Media is BinaryResponse media)
                {
                    long written = await FileOutput.SaveAsync(media, path, file.IsForced(parse), ct).ConfigureAwait(false);
                    FileOutput.Report(context, context.IsJson(parse), path, written, media.ContentType);
                    return ExitCodes.Success;
                }

                context.Error.WriteLine($"error: the job is not ready: status {read(response.Value!) ?? "UNKNOWN"}. Try again later, or see 'venice {group} status'.");
                return ExitCodes.ApiError;
            });
            return command;
        }

        private static MediaJobOptions JobOptions(ParseResult parse, FileOutput file, Option<decimal?> maxQuote, Option<bool> keep)
        {
            decimal? limit = parse.GetValue(maxQuote);
            return new MediaJobOptions
            {
                Quote = limit is not null,
                MaxQuote = limit,
                Overwrite = file.IsForced(parse),
                Cleanup = parse.GetValue(keep) ? MediaJobCleanup.Keep : MediaJobCleanup.Complete,
            };
        }

        private static string RequireOutput(ParseResult parse, FileOutput file)
        {
            if (string.IsNullOrEmpty(parse.GetValue(file.Output)))
            {
                throw new UsageException("no output file: pass -o <file> (or --no-wait to only queue the job).");
            }

            return file.CheckTarget(parse);
        }

        private static int ReportJob(CliContext context, ParseResult parse, string path, MediaJobResult result)
        {
            if (!context.IsJson(parse))
            {
                string cost = result.Quote is decimal quote ? $", quoted {FormatUsd(quote)}" : string.Empty;
                context.Error.WriteLine($"Job {result.QueueId} finished in {result.Elapsed.TotalSeconds:0} s{cost}.");
                if (result.CleanupError is not null)
                {
                    context.Error.WriteLine($"warning: could not delete the media from Venice's storage: {result.CleanupError.Message}");
                }
            }

            FileOutput.Report(context, context.IsJson(parse), path, result.BytesWritten, result.ContentType);
            return ExitCodes.Success;
        }

        private static int WriteQueued<T>(CliContext context, ParseResult parse, string? model, string? queueId, string group, Action<T> writeJson, T response)
        {
            if (context.IsJson(parse))
            {
                writeJson(response);
            }
            else
            {
                context.Output.WriteLine(queueId);
                context.Error.WriteLine($"Queued. Fetch it with: venice {group} download -m {model} {queueId} -o <file>");
            }

            return ExitCodes.Success;
        }

        private static void WriteResumeHint(CliContext context, string group, string model, string? queueId)
        {
            if (queueId is not null)
            {
                context.Error.WriteLine($"The job {queueId} is still queued on Venice; fetch it later with: venice {group} download -m {model} {queueId} -o <file>");
            }
        }

        private static string NonEmpty(string value, string what) =>
            string.IsNullOrWhiteSpace(value) ? throw new UsageException(what + " is empty.") : value;

        private static string FormatUsd(decimal usd) => "$" + usd.ToString("0.00##", CultureInfo.InvariantCulture);

        private static Action<T> Serialize<T>(this System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, CliContext context) =>
            value => context.WriteJson(value, typeInfo);
    }

    /// <summary>
    /// Progress of a queued video or music job on standard error: elapsed time, state and Venice's estimate. At a
    /// terminal one line is rewritten in place; otherwise (a pipe, a log file, a test) a plain line is written at
    /// each change of state and at most every <see cref="PlainInterval"/> while processing. Reports arrive on the
    /// caller's flow (no synchronization context), so nothing is written after the command has finished.
    /// </summary>
    public sealed class JobProgress : IProgress<MediaJobProgress>
    {
        /// <summary>How often a plain line repeats an unchanged state.</summary>
        public static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(15);

        private readonly TextWriter _error;
        private readonly bool _interactive;
        private MediaJobState? _lastState;
        private TimeSpan _lastWritten = TimeSpan.MinValue;
        private int _lastLength;
        private string? _queueId;

        /// <summary>Creates the reporter.</summary>
        /// <param name="error">Standard error.</param>
        /// <param name="interactive">True when standard error is a terminal: rewrite one line instead of appending lines.</param>
        public JobProgress(TextWriter error, bool interactive)
        {
            _error = error ?? throw new ArgumentNullException(nameof(error));
            _interactive = interactive;
        }

        /// <summary>The job id, once queued (to resume with <c>status</c>/<c>download</c> after Ctrl-C).</summary>
        public string? QueueId => _queueId;

        /// <summary>Whether <paramref name="error"/> is the process's own standard error and that is a terminal.</summary>
        /// <param name="error">The writer the command writes errors to.</param>
        /// <returns>True for a terminal.</returns>
        public static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

        /// <inheritdoc/>
        public void Report(MediaJobProgress value)
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.QueueId is not null && _queueId is null)
            {
                _queueId = value.QueueId;
                Finish();
                _error.WriteLine($"Queued as {value.QueueId}.");
            }

            string line = $"[{Clock(value.Elapsed)}] {Describe(value.State)}" + (value.EstimatedTotal is TimeSpan estimate ? $" (typically ~{Clock(estimate)})" : string.Empty);
            if (_interactive)
            {
                string padded = line.Length < _lastLength ? line.PadRight(_lastLength) : line;
                _error.Write("\r" + padded);
                _error.Flush();
                _lastLength = line.Length;
                if (value.State == MediaJobState.Completed)
                {
                    Finish();
                }

                return;
            }

            if (value.State != _lastState || value.Elapsed - _lastWritten >= PlainInterval)
            {
                _error.WriteLine(line);
                _lastState = value.State;
                _lastWritten = value.Elapsed;
            }
        }

        /// <summary>Ends the in-place line (at a terminal) so later output starts on a fresh line.</summary>
        public void Finish()
        {
            if (_interactive && _lastLength > 0)
            {
                _error.WriteLine();
                _lastLength = 0;
            }
        }

        private static string Describe(MediaJobState state) => state switch
        {
            MediaJobState.Quoting => "quoting",
            MediaJobState.Queued => "queued",
            MediaJobState.Processing => "processing",
            MediaJobState.Downloading => "downloading",
            MediaJobState.Completing => "cleaning up",
            MediaJobState.Completed => "done",
            _ => state.ToString(),
        };

        private static string Clock(TimeSpan time) =>
            time.TotalHours >= 1
                ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
                : time.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
    }
}
