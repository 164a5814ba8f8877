package io.mediamon.stories.assign;

/**
 * An article as the assignment stage compares it: unit-length TF-IDF vectors of its words and of the words of its
 * entities' names, the years and other numbers it names, the name of its main person, and the features it is found by
 * (all hashed, see {@link StoryIndex#hash}).
 *
 * @param lookup features to look candidates up with (and to post the story under), strongest first
 * @param lookupWeights their weights; 0 for a feature no earlier article had, under which no story can be found
 * @param days the days of a month it names ("March 14"), {@code weekdays} the weekdays
 * @param mainPerson the words of the names of its main persons: the most salient and up to two nearly as salient
 *     (empty when it names none)
 * @param headlineNumbers the numbers above ten (not years) its headline names, hashed as {@code numbers}
 * @param leadAmounts the sum of money its opening names, rounded to whole units (empty when none)
 * @param meaning its unit-length sentence embedding (empty when it has none)
 */
record ArticleVector(SparseVector terms, SparseVector entities, long[] years, long[] numbers, long[] mainPerson,
    long[] lookup, float[] lookupWeights, long[] days, long[] weekdays, long[] headlineNumbers,
    long[] leadAmounts, float[] meaning) {}
