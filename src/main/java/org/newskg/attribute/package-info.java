/**
 * Attribution: who said each quote, and whom it is about. Takes an article's analysis
 * ({@code extract.AnnotatedArticle}) and its actors ({@code resolve.ArticleEntities}); gives
 * one {@link org.newskg.attribute.Statement} per quote, and one per reported clause (indirect
 * speech: {@link org.newskg.attribute.ReportedClauses} finds the clauses a cue reports,
 * {@link org.newskg.attribute.ReportedFeatures} describes them to the learned model that admits
 * them, {@link org.newskg.attribute.ContentForm} tells a clause from a noun phrase, the
 * "nominal" kind; after the model, {@link org.newskg.attribute.ClosingReport} admits the
 * textbook shape whatever the model says, {@link org.newskg.attribute.NotSaid} and
 * {@link org.newskg.attribute.DoubleReport} leave out what the sentence shows was not said and
 * {@link org.newskg.attribute.ContentAroundCue} draws the content's bounds, with
 * {@link org.newskg.attribute.BackshiftedConjunct} for a conjunct that goes on with what was
 * said and {@link org.newskg.attribute.WritersClose} for the writer's words closing it; their
 * speakers come
 * from the same sieves and ranker). Each rule is a
 * {@link org.newskg.attribute.SpeakerSieve} that proposes speaker candidates with their
 * evidence; {@link org.newskg.attribute.SieveAttributor} lists the sieves once, pools the
 * candidates by whom they name and lets the learned {@link org.newskg.attribute.SpeakerRanker}
 * choose (without a model, the first sieve in order decides). After the ranker, a description
 * keeps what it is of, {@link org.newskg.attribute.PartyMembers} keeps American parties'
 * members apart from their parties, {@link org.newskg.attribute.GovernedName} a name a
 * preposition governs ("Speaking to the Radio Times, the star said") apart from the
 * description, {@link org.newskg.attribute.OwnVoices} a club's fans apart from the club,
 * {@link org.newskg.attribute.PoliceForce} gives "police" the force the article names,
 * {@link org.newskg.attribute.LettersAfterName} "Ben Emmerson QC" the person and
 * {@link org.newskg.attribute.NameAfterKind} "market analysts X" the firm X,
 * {@link org.newskg.attribute.ReportedNames} takes a "he"
 * past a name an earlier "he" reported, {@link org.newskg.attribute.NamedInWhatWasSaid} past a
 * name inside what it reports, {@link org.newskg.attribute.LastSpeaker} takes it to the person
 * (or an unnamed spokesperson's body) quoted right before, the description steps name unnamed speakers
 * ({@link org.newskg.attribute.Spokespeople}, {@link org.newskg.attribute.PartyAndPaperNominals},
 * {@link org.newskg.attribute.TopicNominals}, {@link org.newskg.attribute.Shares},
 * {@link org.newskg.attribute.DocumentSources}, {@link org.newskg.attribute.SuitPlaintiffs},
 * and {@link org.newskg.attribute.DelayedIdentification} for one the next sentence names;
 * {@link org.newskg.attribute.Representatives} keeps a person's lawyer, agent, spokesman or
 * team apart from them), {@link org.newskg.attribute.DescribedLastSpeaker} takes a description of a
 * person to the person quoted right before, {@link org.newskg.attribute.PronounInSentence} an
 * "it" to the one body its sentence names and a "he" after "Mr X's spokesman said" to the
 * spokesman, {@link org.newskg.attribute.TitledElsewhere} to the
 * one person the article gives its words as a title, {@link org.newskg.attribute.OfficeHolders}
 * "the chancellor" to the one the office holders' table (learned from other articles' titles,
 * {@link org.newskg.attribute.OfficeTitles}) gives that office among those the article names,
 * {@link org.newskg.attribute.DefiniteDescriptions} gives "the spokesman" the speaker an
 * earlier statement's spokesman had, {@link org.newskg.attribute.NamedGroup} gives "the duo"
 * the names just given together, {@link org.newskg.attribute.JointSpeakers} gives "Apple and
 * Motorola announced" both names, and "the companies" the bodies named together before them,
 * {@link org.newskg.attribute.ContinuedSubject} lets an "it" or a "they" go on with the body
 * before it (and a "he" or "she" with the person, past a name inside what was reported), and
 * last {@link org.newskg.attribute.AccordingToApposition} takes the name after
 * "according to X," as the source, {@link org.newskg.attribute.GovernmentOfCountry} gives "the
 * government" the country just before it or the one the story leads with,
 * {@link org.newskg.attribute.CountryModifiers} keeps a country's name before a noun or after
 * an organization's ("eBay UK") apart from the country,
 * {@link org.newskg.attribute.NamedInOwnWords} keeps a description apart from the person its
 * words name, {@link org.newskg.attribute.OwnedDescriptions} names whose a description is
 * ("its chief executive") and {@link org.newskg.attribute.DescribedPronouns} gives a "he" that
 * stands for a description the body its description's statement was given. Last,
 * {@link org.newskg.attribute.NameContinuation} takes a name the parser ended at its first
 * noun on to its end ("the Votes at 16 alliance"), and
 * {@link org.newskg.attribute.SentenceCase} writes a description that opens its sentence as it
 * is written anywhere else ("analysts", not "Analysts").
 */
package org.newskg.attribute;
