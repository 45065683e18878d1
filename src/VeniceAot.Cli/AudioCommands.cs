using System;
using System.CommandLine;
using VeniceAot.Audio;
using VeniceAot.Http;
using VeniceAot.Json;

namespace VeniceAot.Cli
{
    /// <summary><c>venice speech</c> (text to an audio file) and <c>venice transcribe</c> (an audio file to text).</summary>
    public static class AudioCommands
    {
        /// <summary>Builds the <c>speech</c> command.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command CreateSpeech(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var command = context.NewCommand(
                "speech",
                "Read text aloud and save the audio to -o (server defaults for model, voice and format unless given).",
                "venice speech \"Hello from Venice\" -o hello.mp3",
                "venice speech -m tts-kokoro --voice af_sky --format wav \"Good morning\" -o morning.wav");
            var model = new Option<string>("--model", "-m") { Description = "The speech model id.", HelpName = "model" };
            var voice = new Option<string>("--voice") { Description = "The voice (e.g. af_sky).", HelpName = "voice" };
            var format = new Option<string>("--format") { Description = "mp3, opus, aac, flac, wav or pcm (Venice's default: mp3).", HelpName = "format" };
            var text = new Argument<string>("text") { Description = "The text to read." };
            var file = new FileOutput("audio");
            command.Add(model);
            command.Add(voice);
            command.Add(format);
            command.Add(text);
            file.AddTo(command);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string input = parse.GetRequiredValue(text);
                if (string.IsNullOrWhiteSpace(input))
                {
                    throw new UsageException("the text is empty.");
                }

                string path = file.CheckTarget(parse);
                using BinaryResponse media = await client.Audio.CreateSpeechAsync(
                    input,
                    parse.GetValue(voice) is { Length: > 0 } v ? SpeechVoice.FromValue(v) : null,
                    parse.GetValue(model) is { Length: > 0 } m ? SpeechModel.FromValue(m) : null,
                    parse.GetValue(format) is { Length: > 0 } f ? SpeechFormat.FromValue(f) : null,
                    ct).ConfigureAwait(false);
                long written = await FileOutput.SaveAsync(media, path, file.IsForced(parse), ct).ConfigureAwait(false);
                FileOutput.Report(context, context.IsJson(parse), path, written, media.ContentType);
                return ExitCodes.Success;
            });
            return command;
        }

        /// <summary>Builds the <c>transcribe</c> command.</summary>
        /// <param name="context">The shared CLI context.</param>
        /// <returns>The command.</returns>
        public static Command CreateTranscribe(CliContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            var command = context.NewCommand(
                "transcribe",
                "Transcribe an audio file and print the text (--json: Venice's JSON answer, with timestamps if asked).",
                "venice transcribe meeting.mp3",
                "venice transcribe --timestamps --json interview.wav");
            var model = new Option<string>("--model", "-m") { Description = "The transcription model id.", HelpName = "model" };
            var language = new Option<string>("--language") { Description = "The spoken language (ISO 639-1, e.g. en); detected when absent.", HelpName = "code" };
            var timestamps = new Option<bool>("--timestamps") { Description = "Ask for word and segment timestamps (shown with --json)." };
            var input = new Argument<string>("file") { Description = "The audio file to upload." };
            command.Add(model);
            command.Add(language);
            command.Add(timestamps);
            command.Add(input);
            context.SetApiAction(command, async (parse, client, ct) =>
            {
                string source = FileOutput.CheckInput(parse.GetRequiredValue(input));
                bool json = context.IsJson(parse);
                var request = new TranscriptionRequest
                {
                    Model = parse.GetValue(model) is { Length: > 0 } m ? TranscriptionModel.FromValue(m) : null,
                    Language = parse.GetValue(language),
                    Timestamps = parse.GetValue(timestamps) ? true : null,
                    ResponseFormat = json ? TranscriptionFormat.Json : null,
                };
                using MediaResponse<TranscriptionResponse> response = await client.Audio.TranscribeAsync(source, request, ct).ConfigureAwait(false);
                if (json && response.IsJson)
                {
                    context.WriteJson(response.Value!, AudioJsonContext.Default.TranscriptionResponse);
                    return ExitCodes.Success;
                }

                string transcript = await response.ReadTextAsync(ct).ConfigureAwait(false);
                context.Output.WriteLine(transcript.TrimEnd('\r', '\n'));
                return ExitCodes.Success;
            });
            return command;
        }
    }
}
