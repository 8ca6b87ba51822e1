import { describe, expect, it } from "vitest";
import { Feedback_Type } from "../proto/widgets_pb";
import { feedbackClicked, feedbackOptions } from "./Feedback";

describe("feedback", () => {
  it("a click chooses the option, and a click on the chosen one clears it", () => {
    expect(feedbackClicked(null, 1)).toBe(1);
    expect(feedbackClicked(1, 0)).toBe(0);
    expect(feedbackClicked(3, 3)).toBeNull();
  });
  it("names the options in index order, as Streamlit's page does", () => {
    expect(feedbackOptions(Feedback_Type.THUMBS)).toEqual(["Thumbs down", "Thumbs up"]);
    expect(feedbackOptions(Feedback_Type.FACES)).toHaveLength(5);
    expect(feedbackOptions(Feedback_Type.STARS)[4]).toBe("5 out of 5 stars");
  });
});
