// Localized label elements: always `description` + `languagecode` pairs, one per language (here one).
import { el, type XmlElement } from './xml';

const pair = (description: string, lang: number) => ({ description, languagecode: lang });

export const displayNames = (text: string, lang: number): XmlElement =>
  el('displaynames', {}, el('displayname', pair(text, lang)));

export const descriptions = (text: string, lang: number): XmlElement =>
  el('Descriptions', {}, el('Description', pair(text, lang)));

export const labels = (text: string, lang: number): XmlElement => el('labels', {}, el('label', pair(text, lang)));

export const localizedNames = (text: string, lang: number): XmlElement =>
  el('LocalizedNames', {}, el('LocalizedName', pair(text, lang)));

export const localizedCollectionNames = (text: string, lang: number): XmlElement =>
  el('LocalizedCollectionNames', {}, el('LocalizedCollectionName', pair(text, lang)));
