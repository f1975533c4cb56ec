package org.newskg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorCodesTest {
  private static final ActorCodes SHIPPED = ActorCodes.load();
  private static final CountryTable COUNTRIES = CountryTable.load();

  private static Actor actor(ActorType type, String label, String country) {
    return new Actor(Names.slug(label), type, label, new TreeSet<>(), List.of(), List.of(),
        country == null ? null : COUNTRIES.lookup(country).orElseThrow(), Actor.Gender.UNKNOWN);
  }

  @Test
  void aPersonsCodeDependsOnTheDay() {
    Actor blair = actor(ActorType.PERSON, "Tony Blair", "United Kingdom");
    assertEquals(Optional.of("GBRGOV"), SHIPPED.code(blair, LocalDate.of(2004, 11, 4), null));
    assertEquals(Optional.of("GBRELI"), SHIPPED.code(blair, LocalDate.of(2012, 1, 1), null));
  }

  @Test
  void countriesWithAgentNounsAndInternationalOrganizations() {
    Actor russia = actor(ActorType.COUNTRY, "Russia", "Russia");
    assertEquals(Optional.of("RUSGOV"), SHIPPED.code(russia, null, "official"));
    assertEquals(Optional.of("RUS"), SHIPPED.code(russia, null, null));
    assertEquals(Optional.of("USAMIL"),
        SHIPPED.code(actor(ActorType.COUNTRY, "United States", "United States"), null, "troops"));
    assertEquals(Optional.of("GBRCOP"),
        SHIPPED.code(actor(ActorType.COUNTRY, "United Kingdom", "United Kingdom"), null,
            "police"));
    assertEquals(Optional.of("IGOEUREEC"),
        SHIPPED.code(actor(ActorType.ORGANIZATION, "European Union", null), null, null));
    assertEquals(Optional.of("RUSMIL"),
        SHIPPED.code(actor(ActorType.ORGANIZATION, "Russian Army", "Russia"), null, null));
    // a person of a country the dictionary does not know is coded only through a role
    Actor someone = actor(ActorType.PERSON, "Jane Roe", "France");
    assertEquals(Optional.empty(), SHIPPED.code(someone, null, null));
    assertEquals(Optional.of("FRAGOV"), SHIPPED.code(someone, null, "foreign minister"));
  }

  @Test
  void readsDateRangesDefaultsAndSubstitutions() throws Exception {
    Map<String, ActorCodes.Entry> actors = new HashMap<>();
    ActorCodes.readActors(new StringReader("""
        ALICE_SMITH_  # note
        +PRIME_MINISTER_SMITH
        \t[XYZGOV 970502-070627]
        \t[XYZELI]
        BOB_JONES_ [XYZMIL >20100101]
        """), "t.txt", actors);
    Map<String, String> agents = new HashMap<>();
    ActorCodes.readAgents(new StringReader("""
        !MINIST! = MINISTER, MINISTRY
        FOREIGN_!MINIST! [~GOVFRM]
        POLICE {} [~COP]
        HUMAN_RIGHTS_BODY [NGO~]
        """), "a.txt", agents);
    ActorCodes codes = new ActorCodes(actors, agents);
    Actor pm = actor(ActorType.PERSON, "Prime Minister Smith", null);
    assertEquals(Optional.of("XYZGOV"), codes.code(pm, LocalDate.of(2001, 1, 1), null));
    assertEquals(Optional.of("XYZELI"), codes.code(pm, LocalDate.of(2009, 1, 1), null));
    Actor bob = actor(ActorType.PERSON, "Bob Jones", null);
    assertEquals(Optional.of("XYZMIL"), codes.code(bob, LocalDate.of(2011, 1, 1), null));
    assertEquals(Optional.empty(), codes.code(bob, LocalDate.of(2009, 1, 1), null));
    assertEquals(Optional.of("GOVFRM"), codes.agentCode("foreign ministry"));
    assertEquals(Optional.of("COP"), codes.agentCode("police"));
    assertEquals(Optional.empty(), codes.agentCode("polices"));
    assertEquals(Optional.empty(), codes.agentCode("human rights body"));
  }

  @Test
  void theUsersOwnActorsComeFirst(@TempDir Path dir) throws Exception {
    Path own = dir.resolve("actors.txt");
    Files.writeString(own, "TONY_BLAIR_\n\t[GBRXXX]\nKEIR_STARMER_\n\t[GBRGOV >20240705]\n");
    ActorCodes codes = SHIPPED.withActors(own);
    assertEquals(Optional.of("GBRXXX"),
        codes.code(actor(ActorType.PERSON, "Tony Blair", null), LocalDate.of(2004, 1, 1), null));
    assertEquals(Optional.of("GBRGOV"), codes.code(actor(ActorType.PERSON, "Keir Starmer", null),
        LocalDate.of(2025, 3, 6), null));
  }
}
