package org.sikiza.gateway.voice;

import io.vertx.core.Future;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.sikiza.gateway.polls.Poll;
import org.sikiza.gateway.polls.PollStore;
import org.sikiza.gateway.privacy.ParticipantPseudonymiser;
import org.sikiza.gateway.programmes.Episode;
import org.sikiza.gateway.programmes.ProgrammeStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what the caller hears next once the menus are answered: the county question, the open poll of the
 * line's programme, or the recording (with the episode's question of the week). Database look-ups here only add
 * to the call: when PostgreSQL cannot answer, the caller still gets to record.
 */
final class CallFlow {

  private static final Logger LOG = LoggerFactory.getLogger(CallFlow.class);

  private final VoiceSettings settings;
  private final VoiceTwiml twiml;
  private final PollStore polls;
  private final ProgrammeStore programmes;
  private final ParticipantPseudonymiser pseudonymiser;

  CallFlow(VoiceSettings settings, VoiceTwiml twiml, PollStore polls, ProgrammeStore programmes,
      ParticipantPseudonymiser pseudonymiser) {
    this.settings = settings;
    this.twiml = twiml;
    this.polls = polls;
    this.programmes = programmes;
    this.pseudonymiser = pseudonymiser;
  }

  Future<String> afterLanguage(CallParams call, MenuState state) {
    if (settings.line(call.to()).askCounty()) {
      return Future.succeededFuture(twiml.askCounty(call.to(), state, false));
    }
    return afterCounty(call, state);
  }

  Future<String> afterCounty(CallParams call, MenuState state) {
    if (!settings.line(call.to()).askPoll()) {
      return record(call, state, false);
    }
    return polls.openForLine(call.to(), now())
        .otherwise(failure -> {
          LOG.warn("event=voice.poll_lookup_failed call={} reason=\"{}\"", call.callSid(), failure.getMessage());
          return Optional.<Poll>empty();
        })
        .compose(poll -> poll.isPresent() && !poll.get().options().isEmpty()
            ? Future.succeededFuture(twiml.askPoll(call.to(), state, poll.get()))
            : record(call, state, false));
  }

  Future<String> record(CallParams call, MenuState state, boolean answeredPoll) {
    Instant calledAt = Instant.now();
    RecordingContext context = new RecordingContext(state.language(), state.county(),
        pseudonymiser.pseudonymFor(call.from()), call.to(), calledAt);
    return programmes.onAir(call.to(), calledAt.atOffset(ZoneOffset.UTC))
        .otherwise(failure -> {
          LOG.warn("event=voice.episode_lookup_failed call={} reason=\"{}\"", call.callSid(), failure.getMessage());
          return Optional.<Episode>empty();
        })
        .map(episode -> twiml.record(call.to(), state, context, episode, answeredPoll));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
