package org.newskg.resolve;

/** The kinds of actor that can speak or be spoken about. */
public enum ActorType {
  PERSON, ORGANIZATION, COUNTRY
}
